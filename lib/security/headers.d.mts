export declare const PERMISSIONS_POLICY: string;
export declare const PUBLIC_CSP: string;
export declare function publicCsp(options?: { reportTo?: boolean }): string;
export declare function newsroomCsp(nonce: string, options?: { dev?: boolean; hashes?: string[]; reportTo?: boolean }): string;
export declare const COMMON_HEADERS: { key: string; value: string }[];
export declare function hstsHeader(siteUrl: string | undefined): string | null;
export declare const PUBLIC_PATHS: string;
export declare const CSP_REPORT_PATH: string;
export declare const REPORTING_ENDPOINTS: string;
