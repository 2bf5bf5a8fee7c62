// tsconfig.build.json of a client package: compiles src/ to dist/ with declarations.
/** @returns {string} */
export function renderTsconfig() {
  return `${JSON.stringify(
    {
      extends: "../../tsconfig.base.json",
      compilerOptions: { rootDir: "src", outDir: "dist", declaration: true, types: [] },
      include: ["src"],
    },
    null,
    2,
  )}\n`;
}
