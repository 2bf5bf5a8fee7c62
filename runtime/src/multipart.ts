/** Media type of each multipart part, by field name; `null` for a plain text field. From the spec's `encoding`. */
export type MultipartParts = Readonly<Record<string, string | null>>;

/**
 * Builds multipart/form-data from a plain object. A file part accepts a Blob (or File, to choose the
 * file name), a Uint8Array or a string; a JSON part accepts an object; other fields are sent as text.
 */
export function toFormData(body: unknown, parts: MultipartParts): FormData {
  if (typeof body !== "object" || body === null) throw new TypeError("a multipart body must be an object of parts");
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const type = parts[name];
    const file =
      value instanceof Blob
        ? value
        : value instanceof Uint8Array || (typeof value === "string" && type)
          ? new Blob([value as BlobPart], { type: type ?? "application/octet-stream" })
          : typeof value === "object" && value !== null
            ? new Blob([JSON.stringify(value)], { type: type ?? "application/json" })
            : undefined;
    if (file) form.append(name, file, (file as Partial<File>).name ?? name);
    else form.append(name, String(value));
  }
  return form;
}
