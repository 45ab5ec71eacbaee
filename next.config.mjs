/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and database driver packages stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "sharp",
    "pg",
    "@prisma/client",
    // Server-made PDFs (components/pdf): pdfkit and its font data load from node_modules at run time.
    "@react-pdf/renderer",
  ],
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Evidence files of follow-up actions go through a server action: 5 MB per file (lib/follow-up/attachments.ts)
    // plus the form's other fields. Larger files are stopped in the browser first and refused by the server with 422.
    serverActions: { bodySizeLimit: "6mb" },
    // Uploads to the API (the staff import forms send their files there) pass through the proxy (proxy.ts), which
    // by default keeps only the first 10 MB of a body: a larger CSV was cut mid-row and then refused for that cut row,
    // or imported short. Just above the largest body a route accepts (the application import's 64 MB), so the route's
    // own limit answers 413 with its message.
    proxyClientMaxBodySize: "65mb",
  },
};
export default nextConfig;
