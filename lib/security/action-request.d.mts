type NodeHeaders = Record<string, string | undefined>;
export type ActionRefusal = { status: number; message: string; headers?: Record<string, string> };
export declare function foreignActionOrigin(headers: NodeHeaders, siteUrl: string | undefined): boolean;
export declare function readActionIds(distDir: string): Set<string> | null;
export declare function actionRequestRefusal(headers: NodeHeaders, options: { siteUrl: string | undefined; actionIds: Set<string> | null }): ActionRefusal | null;
