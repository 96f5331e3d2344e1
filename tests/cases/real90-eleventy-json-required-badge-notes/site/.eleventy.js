const markdownIt = require("markdown-it");

const md = markdownIt({ html: true, linkify: true, typographer: true });

module.exports = function (eleventyConfig) {
  // Session notes in _data/schedule.json are Markdown strings.
  eleventyConfig.addFilter("md", (s) => md.renderInline(s || ""));
  eleventyConfig.addPassthroughCopy("css");
  eleventyConfig.addPassthroughCopy("exams");

  return {
    pathPrefix: "/f25/",
    markdownTemplateEngine: "njk",
    htmlTemplateEngine: "njk",
    dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
  };
};
