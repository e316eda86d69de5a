/**
 * The component's shadow-DOM styles. Host pages restyle it with CSS custom properties
 * (`--publication-list-accent`, …) and `::part(...)`; fonts and, in the default `inherit` theme,
 * colours come from the host element, so `publication-list { font-family: …; color: … }` works too.
 *
 * Each colour is `var(--publication-list-X, var(--_X))`: the page's property wins, then the theme's.
 * The `inherit` theme defines no `--_X`, which leaves the declaration invalid and so inherited.
 */
const light = '--_fg:#1f2328;--_bg:#fff;--_muted:#59636e;--_accent:#0550ae;color-scheme:light;';
const dark = '--_fg:#e6edf3;--_bg:#0d1117;--_muted:#9198a1;--_accent:#6cb6ff;color-scheme:dark;';

export const styles = `
:host{display:block;--_muted:color-mix(in srgb,currentColor 72%,transparent);--_accent:currentColor;
color:var(--publication-list-color,var(--_fg));background:var(--publication-list-background,var(--_bg));line-height:1.45}
:host([hidden]){display:none}
:host([theme=light]){${light}}
:host([theme=dark]){${dark}}
:host([theme=auto]){${light}}
@media (prefers-color-scheme:dark){:host([theme=auto]){${dark}}}
:host([theme=light]),:host([theme=dark]),:host([theme=auto]){padding:var(--publication-list-padding,1em)}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 var(--publication-list-gap,.9em)}
h3{font-size:1.05em;margin:1em 0 .5em}
section:first-child h3{margin-top:0}
a{color:var(--publication-list-accent,var(--_accent))}
[part~=title]{display:block;font-weight:600;color:inherit;text-decoration:none}
a[part~=title]:hover,a[part~=title]:focus-visible{text-decoration:underline}
[part~=authors],[part~=meta],[part~=empty]{display:block;color:var(--publication-list-muted,var(--_muted));font-size:.92em}
[part~=owner]{font-weight:var(--publication-list-owner-weight,600);color:var(--publication-list-color,var(--_fg))}
[part~=venue]{font-style:italic}
[part~=links]{display:block;font-size:.88em}
[part~=link]{margin-right:.75em}
[part~=more]{display:inline-block;margin-top:.25em;font-size:.92em}
`;
