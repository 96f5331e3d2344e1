const markdownIt = require("markdown-it");

module.exports = function (eleventyConfig) {
  const md = markdownIt({ html: true });
  eleventyConfig.addFilter("md", (s) => md.renderInline(s || ""));
  eleventyConfig.addPassthroughCopy("readings");
  eleventyConfig.addPassthroughCopy("slides");
  eleventyConfig.addPassthroughCopy("css");

  return {
    pathPrefix: "/info4390-fa25/",
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
    templateFormats: ["njk", "md"],
    markdownTemplateEngine: "njk",
  };
};
