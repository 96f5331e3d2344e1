/**
 * @type {import('gatsby').GatsbyConfig}
 */
module.exports = {
  pathPrefix: `/cse591-w26`,
  siteMetadata: {
    title: `CSE 591: Topics in Systems Security`,
    description: `Graduate seminar on systems security, Winter 2026.`,
    author: `Ngozi Okafor`,
    siteUrl: `https://ridgefield-seclab.github.io`,
  },
  plugins: [
    {
      resolve: `gatsby-plugin-manifest`,
      options: {
        name: `CSE 591 Winter 2026`,
        short_name: `CSE 591`,
        start_url: `/`,
        background_color: `#ffffff`,
        theme_color: `#7a1f2b`,
        display: `minimal-ui`,
        icon: `src/images/lock-icon.png`,
      },
    },
  ],
}
