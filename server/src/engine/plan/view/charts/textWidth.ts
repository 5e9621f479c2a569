// How wide a chart's text is, for Vega's layout: without a canvas (on the server, in the CLI) Vega guesses 0.8 em
// per character, which makes the label column of a chart half as wide again as its text, so the chart prints
// smaller than it should. These are the advance widths of DejaVu Sans 2.37 (Debian's fonts-dejavu-core, the font
// Chromium falls back to for system-ui on Linux, and wider than Segoe UI, Roboto or Arial), so text measured with
// them fits in whichever of those fonts prints it.

/** The characters measured, and their widths in thousandths of an em (regular, bold). */
const CHARACTERS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ„“‚‘’–—…★●▲■€";
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,401,636,636,636,636,337,500,500,1000,471,612,838,361,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,518,518,318,318,318,500,1000,1000,896,873,769,945,636];
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,348,456,696,696,636,696,365,500,500,1000,564,646,838,415,1000,500,500,838,438,438,500,736,636,380,500,438,564,646,1035,1035,1035,580,774,774,774,774,774,774,1085,734,683,683,683,683,372,372,372,372,838,837,850,850,850,850,850,838,850,812,812,812,812,724,738,719,675,675,675,675,675,675,1048,593,678,678,678,678,343,343,343,343,687,712,687,687,687,687,687,838,687,712,712,712,712,652,716,652,657,657,380,380,380,500,1000,1000,896,873,769,945,696];

/** A character not in the table is counted as a full em: too wide rather than overflowing. */
const UNKNOWN = 1000;

const tables = { regular: new Map<string, number>(), bold: new Map<string, number>() };
[...CHARACTERS].forEach((character, i) => {
  tables.regular.set(character, REGULAR[i]!);
  tables.bold.set(character, BOLD[i]!);
});

/** The width in pixels of `text` set in `fontSize` pixels; bold from weight 600 on. */
export function textWidth(text: string, fontSize: number, fontWeight?: string | number): number {
  const table = fontWeight === 'bold' || fontWeight === 'bolder' || Number(fontWeight) >= 600 ? tables.bold : tables.regular;
  let thousandths = 0;
  for (const character of text) thousandths += table.get(character) ?? UNKNOWN;
  return (thousandths * fontSize) / 1000;
}
