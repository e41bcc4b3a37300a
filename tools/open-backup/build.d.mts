/** See build.mjs: the opener's two builds, as text. */
export const OUTPUTS: { readonly cli: string; readonly page: string };
export function buildCli(): Promise<string>;
export function buildPage(): Promise<string>;
export function buildAll(): Promise<{ cli: string; page: string }>;
