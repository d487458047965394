export declare const DEFAULT_DATABASE_URL: string;
export declare const DEFAULT_MEDIA_DIR: string;
