module github.com/cse4450-ml/cse4450-ml.github.io

go 1.19

require github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5 v5.9.7
