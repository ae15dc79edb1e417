import { editUrlFor } from "@/lib/site";

/** "Edit this page" for a page built from one content file; nothing when no repository URL is configured. */
export function EditLink({ file }: { file: string }) {
  const href = editUrlFor(file);
  if (!href) return null;
  return (
    <p className="edit-link">
      <a href={href} rel="noopener noreferrer">
        Edit this page
      </a>{" "}
      <span className="edit-file">({file})</span>
    </p>
  );
}
