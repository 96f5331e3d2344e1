module github.com/mlsys-lab/cs7390-f24

go 1.19

require github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5 v5.9.7
