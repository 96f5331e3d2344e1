module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("slides");
  return { dir: { input: ".", output: "_site" } };
};
