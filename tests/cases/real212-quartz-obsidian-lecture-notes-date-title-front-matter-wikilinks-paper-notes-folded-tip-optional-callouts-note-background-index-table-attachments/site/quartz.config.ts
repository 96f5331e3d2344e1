import { QuartzConfig } from "./quartz/cfg"
import * as Plugin from "./quartz/plugins"

const config: QuartzConfig = {
  configuration: {
    pageTitle: "LING 575: Interpretability",
    enableSPA: true,
    locale: "en-US",
    baseUrl: "ling575-interp.github.io",
    ignorePatterns: ["private", "templates", ".obsidian"],
    defaultDateType: "created",
  },
  plugins: {
    transformers: [Plugin.FrontMatter(), Plugin.ObsidianFlavoredMarkdown({ enableInHtmlEmbed: false })],
    filters: [Plugin.RemoveDrafts()],
    emitters: [Plugin.ContentPage(), Plugin.FolderPage()],
  },
}

export default config
