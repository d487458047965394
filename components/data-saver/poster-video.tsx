"use client";

import { useSyncExternalStore } from "react";
import { dataSaverOn, subscribeDataSaver } from "./data-saver-store";

type PosterVideoProps = Omit<React.ComponentProps<"video">, "poster" | "preload"> & { poster: string | undefined };

/**
 * A <video> whose poster is not in the cached HTML (a poster attribute is
 * fetched at once, whatever CSS says): it is set once the page runs, unless
 * 省流量 is on. Then nothing is fetched before the reader presses play
 * (preload "none": not even the file's metadata); the player works as ever.
 */
export function PosterVideo({ poster, children, ...props }: PosterVideoProps) {
  const saver = useSyncExternalStore(subscribeDataSaver, dataSaverOn, () => true);
  return (
    <video {...props} poster={saver ? undefined : poster} preload={saver ? "none" : "metadata"}>
      {children}
    </video>
  );
}
