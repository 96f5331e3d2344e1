// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// https://astro.build/config
export default defineConfig({
	site: 'https://cs889.cs.uwaterloo.ca',
	integrations: [
		starlight({
			title: 'CS 889 · Human–AI Interaction',
			description: 'Graduate seminar, University of Waterloo, Winter 2025.',
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			social: [
				{ icon: 'github', label: 'GitHub', href: 'https://github.com/uw-cs889/cs889-w25' },
			],
			editLink: {
				baseUrl: 'https://github.com/uw-cs889/cs889-w25/edit/main/',
			},
			lastUpdated: true,
			sidebar: [
				{
					label: 'Course',
					items: [
						{ label: 'Home', slug: 'index' },
						{ label: 'Schedule', slug: 'schedule' },
						{ label: 'Syllabus', slug: 'syllabus' },
						{ label: 'Staff', slug: 'staff' },
					],
				},
			],
		}),
	],
});
