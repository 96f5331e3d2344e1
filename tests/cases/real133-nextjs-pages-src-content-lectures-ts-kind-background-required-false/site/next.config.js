/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath: '/cs329m-w25',
  trailingSlash: true,
  images: { unoptimized: true },
};

module.exports = nextConfig;
