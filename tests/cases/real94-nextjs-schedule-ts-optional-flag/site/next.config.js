/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath: '/cs7180-sp25',
  images: { unoptimized: true },
};

module.exports = nextConfig;
