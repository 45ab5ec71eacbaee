/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and database driver packages stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@prisma/client",
  ],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
};
export default nextConfig;
