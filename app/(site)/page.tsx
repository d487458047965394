import { MyFollows } from "@/components/follows/my-follows";
import { HeadlineList } from "@/components/home/headline-list";
import { LeadStory } from "@/components/home/lead-story";
import { MostRead } from "@/components/home/most-read";
import { PictureStrip } from "@/components/home/picture-strip";
import { SectionBlock } from "@/components/home/section-block";
import { TopicTeaser } from "@/components/home/topic-teaser";
import { JobListBlock } from "@/components/jobs/job-list-block";
import { PhotoSetStrip } from "@/components/photos/photo-set-strip";
import { MediaStrip } from "@/components/video/media-strip";
import { getHomePage } from "@/lib/data/home/get-home-page";
import { APP_PATH, EDITION_SECTION_ID } from "@/lib/edition/edition-plan";
import { getNewestJobs } from "@/lib/data/jobs/list-jobs";
import { getLatestMediaItems } from "@/lib/data/media/list-media";
import { getLatestPhotoSets } from "@/lib/data/photos/list-photo-sets";

// Served from the cache; regenerated at most once a minute, and at once when
// the newsroom revalidates the "home" tag.
export const revalidate = 60;

export default async function HomePage() {
  // Each channel's block is its own cached read under its own tag, so
  // publishing a video does not re-read the news, and the reverse.
  const [home, photoSets, mediaItems, jobs] = await Promise.all([
    getHomePage(),
    getLatestPhotoSets(4),
    getLatestMediaItems(4),
    getNewestJobs(8),
  ]);
  return (
    <>
      <h1 className="sr-only">黔东南信息港首页</h1>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {home.lead ? <LeadStory article={home.lead} /> : null}
          <section aria-labelledby="top-heading">
            <div className="flex items-baseline justify-between border-b-2 border-brand pb-1">
              <h2 id="top-heading" className="text-lg font-bold">
                要闻
              </h2>
              <a href={`${APP_PATH}#${EDITION_SECTION_ID}`} className="inline-flex min-h-11 items-center text-sm text-muted hover:text-brand">
                下载离线读 ›
              </a>
            </div>
            <HeadlineList items={home.topStories} />
          </section>
          <MyFollows />
        </div>
        <aside className="lg:col-span-1">
          <MostRead items={home.mostRead} week={home.mostReadWeek} />
        </aside>
      </div>
      <PictureStrip items={home.pictures} />
      <PhotoSetStrip items={photoSets} />
      <div className="mt-8 grid grid-cols-1 gap-8 md:grid-cols-2 lg:grid-cols-3">
        {home.sectionBlocks.map((b) => (
          <SectionBlock key={b.section.slug} section={b.section} items={b.items} />
        ))}
      </div>
      <MediaStrip items={mediaItems} />
      <TopicTeaser topics={home.topics} />
      <JobListBlock jobs={jobs} />
    </>
  );
}
