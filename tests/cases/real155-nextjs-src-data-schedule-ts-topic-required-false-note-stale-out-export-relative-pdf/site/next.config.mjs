/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath: '/cs8803-mlsec',
  images: { unoptimized: true },
};

export default nextConfig;
