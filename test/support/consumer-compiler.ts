// A consumer's strict TypeScript project over files of the tests' own, read through the TypeScript API: the
// clients' types as users compile them (from the packages' sources, the `source` condition).
import ts from "typescript";

/** Each file's diagnostics, with the line and the text they point at. */
export function consumerDiagnostics(
  files: string[],
  types: string[] = [],
): Map<string, { code: number; line: number; at: string; message: string }[]> {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ["source"],
    types,
  });
  return new Map(
    files.map((file) => [
      file,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ({
        code: d.code,
        line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
        at: d.file && d.start !== undefined ? d.file.text.slice(d.start, d.start + (d.length ?? 0)) : "",
        message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      })),
    ]),
  );
}
