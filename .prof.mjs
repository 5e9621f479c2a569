import { parse, postprocess, preprocess } from 'micromark';
const src = process.argv[2] === 'u' ? '[a]('.repeat(6000) + '\n' : '>'.repeat(1500) + ' x\n';
const t = performance.now();
postprocess(parse().document().write(preprocess()(src, undefined, true)));
console.log((performance.now() - t).toFixed(0));
