// The relative path from one document to another, as a Markdown link in the first writes it.
import { describe, expect, it } from 'vitest';
import { uri } from '../testing/memoryWorkspace';
import { relativePath } from './paths';

describe('relativePath', () => {
  it('the file name alone in the same folder', () => {
    expect(relativePath(uri('instrumente/terminsystem.md'), uri('instrumente/servicepoint.md'))).toBe('servicepoint.md');
  });

  it('one folder up and down into a sibling folder', () => {
    expect(relativePath(uri('instrumente/terminsystem.md'), uri('praxis/weimar-servicepoint.md'))).toBe('../praxis/weimar-servicepoint.md');
  });

  it('into a subfolder, and out of one', () => {
    expect(relativePath(uri('start.md'), uri('instrumente/terminsystem.md'))).toBe('instrumente/terminsystem.md');
    expect(relativePath(uri('plaene/2026/plan.md'), uri('instrumente/terminsystem.md'))).toBe('../../instrumente/terminsystem.md');
  });

  it('percent-encodes each part that a link could not hold as written', () => {
    expect(relativePath(uri('instrumente/terminsystem.md'), uri('praxis/Weimar%20Servicepoint.md'))).toBe('../praxis/Weimar%20Servicepoint.md');
    expect(relativePath(uri('instrumente/terminsystem.md'), uri('praxis/%C3%BCbersicht.md'))).toBe('../praxis/%C3%BCbersicht.md');
  });

  it('a folder that only starts like the other is no common folder', () => {
    expect(relativePath(uri('instrumente/terminsystem.md'), uri('instrumente-alt/terminsystem.md'))).toBe('../instrumente-alt/terminsystem.md');
  });
});
