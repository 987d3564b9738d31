/** Theme colours of the installed app: the header's brand blue (light) and its dark tone (dark colour scheme). */
export const THEME_LIGHT = '#1d4f6e';
export const THEME_DARK = '#123548';
