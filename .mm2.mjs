import { parse, postprocess, preprocess } from 'micromark';
const src = process.argv[2] === 'list' ? '- a\n'.repeat(Number(process.argv[3]) / 4) : 'Text Text\n\n'.repeat(Number(process.argv[3]) / 11);
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const ev = postprocess(parse().document().write(preprocess()(src, undefined, true)));
  console.log(process.argv[2], process.argv[3], (performance.now() - t).toFixed(0), 'ms', ev.length, 'events');
}
