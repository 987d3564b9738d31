export const workshop = {} as const;
