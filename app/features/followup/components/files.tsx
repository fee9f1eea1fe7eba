export function FileList({ files }: { files: { id: string; name: string; size: number }[] }) {
  if (!files.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-2 text-xs" data-testid="files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/tep/${f.id}`} className="rounded border border-slate-300 px-2 py-0.5">
            📎 {f.name} ({Math.max(1, Math.round(f.size / 1024))} KB)
          </a>
        </li>
      ))}
    </ul>
  );
}
