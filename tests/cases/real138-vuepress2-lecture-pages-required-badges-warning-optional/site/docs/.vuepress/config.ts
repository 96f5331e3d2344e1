import { viteBundler } from '@vuepress/bundler-vite'
import { defaultTheme } from '@vuepress/theme-default'
import { defineUserConfig } from 'vuepress'
import { registerComponentsPlugin } from '@vuepress/plugin-register-components'
import { getDirname, path } from 'vuepress/utils'

const __dirname = getDirname(import.meta.url)

export default defineUserConfig({
  lang: 'en-US',
  base: '/cs6241/',
  title: 'CS 6241',
  description: 'Program Analysis — Spring 2025',
  bundler: viteBundler(),
  plugins: [
    registerComponentsPlugin({
      componentsDir: path.resolve(__dirname, './components'),
    }),
  ],
  theme: defaultTheme({
    logo: '/logo.svg',
    navbar: [
      { text: 'Home', link: '/' },
      { text: 'Lectures', link: '/lectures/' },
      { text: 'Syllabus', link: '/syllabus.html' },
      { text: 'Piazza', link: 'https://piazza.com/class/m5x2k9q1abc' },
    ],
    sidebar: {
      '/lectures/': [
        {
          text: 'Lectures',
          children: [
            '/lectures/README.md',
            '/lectures/01-intro.md',
            '/lectures/02-dataflow.md',
            '/lectures/03-abstract-interpretation.md',
            '/lectures/04-pointer-analysis.md',
            '/lectures/05-separation-logic.md',
            '/lectures/06-symbolic-execution.md',
            '/lectures/07-fuzzing.md',
            '/lectures/08-midterm.md',
            '/lectures/09-information-flow.md',
            '/lectures/10-presentations.md',
          ],
        },
      ],
    },
    lastUpdated: true,
  }),
})
