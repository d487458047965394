#!/bin/sh
# Makes the demo clips of 视听中心 (demo/media/) from synthetic sources
# only: ffmpeg's test patterns and sine tones, so the demo carries no one
# else's footage or music. The output is committed; nothing needs ffmpeg to
# run or test the site. Re-run after changing this file:
#
#   apt-get install -y ffmpeg   # Debian 12: ffmpeg 5.1 with libx264, aac, libmp3lame
#   sh scripts/make-demo-media.sh
#
# Video: H.264 Constrained Baseline level 3.0 (what every phone plays,
# codecs "avc1.42E01E") with AAC-LC mono, 320×180, the index ("moov") moved
# to the front so players read the duration from the first bytes.
set -eu
cd "$(dirname "$0")/../demo/media"

video() { # name, seconds, video source, tone frequency (Hz)
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "$3" \
    -f lavfi -i "sine=frequency=$4:sample_rate=44100:duration=$2" \
    -t "$2" -vf "scale=320:180,format=yuv420p" -r 15 \
    -c:v libx264 -profile:v baseline -level 3.0 -preset veryslow -crf 32 -g 30 \
    -c:a aac -b:a 32k -ac 1 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -movflags +faststart "$1.mp4"
}

video demo-bars 8 "smptehdbars=size=320x180:rate=15" 440
video demo-pattern 8 "testsrc2=size=320x180:rate=15" 523
video demo-fractal 6 "mandelbrot=size=320x180:rate=15" 392
video demo-gradient 8 "gradients=size=320x180:rate=15:speed=0.02:c0=#1c4f7a:c1=#f4c542:c2=#3a8f5c:nb_colors=3" 330

# Audio: a chord of two tones that fade in and out, as AAC in MP4 (M4A) and as MP3.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "sine=frequency=262:sample_rate=44100:duration=10" \
  -f lavfi -i "sine=frequency=392:sample_rate=44100:duration=10" \
  -filter_complex "amix=inputs=2,afade=t=in:d=1,afade=t=out:st=9:d=1" \
  -c:a aac -b:a 48k -ac 1 -map_metadata -1 -fflags +bitexact -movflags +faststart demo-chord.m4a
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "sine=frequency=294:sample_rate=44100:duration=9" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=9" \
  -filter_complex "amix=inputs=2,afade=t=in:d=1,afade=t=out:st=8:d=1" \
  -c:a libmp3lame -b:a 48k -ac 1 -map_metadata -1 -fflags +bitexact -write_xing 1 demo-tones.mp3

ls -l
