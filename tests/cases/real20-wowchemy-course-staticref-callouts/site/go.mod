module github.com/kowalczyk-stats/stat451-w26

go 1.19

require (
	github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy-plugin-netlify v1.0.0 // indirect
	github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy-plugin-reveal v0.0.0-20230501000000-4a6e3b1f7c2d // indirect
	github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5 v5.9.7 // indirect
)
