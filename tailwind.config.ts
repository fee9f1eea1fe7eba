import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // The brand colours are CSS custom properties: defaults in tailwind.css, the profile's in /brand.css.
        brand: {
          50: "var(--brand-50)",
          100: "var(--brand-100)",
          600: "var(--brand-600)",
          700: "var(--brand-700)",
          800: "var(--brand-800)",
          900: "var(--brand-900)",
        },
        live: "var(--accent)",
      },
      fontFamily: {
        sans: ["'Noto Sans'", "'Segoe UI'", "Roboto", "Arial", "sans-serif"],
      },
    },
  },
  plugins: [],
} satisfies Config;
