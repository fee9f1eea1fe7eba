import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 600: "#0b5cad", 700: "#0a4b8c", 800: "#093d72", 900: "#0b2f55" },
        live: "#c8102e",
      },
      fontFamily: {
        sans: ["'Noto Sans'", "'Segoe UI'", "Roboto", "Arial", "sans-serif"],
      },
    },
  },
  plugins: [],
} satisfies Config;
