import { db } from "@/lib/db/client";

/** Runs a script's main function, closes the database, and exits non-zero with the message on failure. */
export function runScript(main: () => Promise<void>) {
  main()
    .then(() => db.$disconnect())
    .catch(async (e) => {
      console.error(e instanceof Error ? e.message : e);
      await db.$disconnect();
      process.exit(1);
    });
}
