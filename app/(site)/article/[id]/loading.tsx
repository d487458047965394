// Shown while an older article renders for the first time (later requests
// come from the cache).
export default function ArticleLoading() {
  return (
    <div className="mx-auto max-w-3xl animate-pulse py-6" role="status" aria-busy="true" aria-label="正在加载">
      <div className="h-8 w-3/4 rounded bg-neutral-200" />
      <div className="mt-3 h-4 w-1/2 rounded bg-neutral-100" />
      <div className="mt-8 space-y-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-4 rounded bg-neutral-100" />
        ))}
      </div>
    </div>
  );
}
