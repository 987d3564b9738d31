export const assessment = {} as const;
