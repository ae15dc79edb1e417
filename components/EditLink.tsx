import path from "node:path";
import { contentDir } from "@/lib/content/load";
import { site } from "@/lib/site";

/**
 * "Edit this page" for a page built from one content file, when a repository URL is configured. The file's
 * path is taken from the folder that holds the content folder, so it reads `content/glossary/<slug>.md` as in
 * the repository, wherever the build ran from.
 */
export function EditLink({ file }: { file: string }) {
  if (!site.editUrl) return null;
  const inRepo = path.relative(path.dirname(path.resolve(contentDir())), path.resolve(file)).split(path.sep);
  const href = `${site.editUrl}${inRepo.map(encodeURIComponent).join("/")}`;
  return (
    <p className="edit-link">
      <a href={href} rel="noopener noreferrer">
        Edit this page
      </a>{" "}
      <span className="edit-file">({inRepo.join("/")})</span>
    </p>
  );
}
