import type { Server } from 'node:http';

export const DIST: string;
export function createStaticServer(mounts: Record<string, { dir: string; live?: boolean }>): Server;
