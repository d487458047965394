// `npm run build`: the database must exist first, because the build
// prerenders the homepage, the sections and the newest articles from it.
import { nextBuild, setupDatabase } from "./lib/next-build.mjs";

setupDatabase();
nextBuild();
