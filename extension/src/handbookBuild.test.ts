// The arguments of „Handbuch erstellen und öffnen“: the CLI's build with the question form of the settings, and
// no build for a setting the CLI would refuse.
import { describe, expect, it } from 'vitest';
import { handbookBuildCommand } from './handbookBuild';

const base = { cli: '/ext/dist/cli.js', toolbox: 'toolbox', out: '/ws/dist/handbook', search: false };
const template = 'https://github.com/OWNER/REPO/issues/new?template=frage.yml&instrument={instrument}';

describe('handbookBuildCommand', () => {
  it('passes the question form as --question-url, after the options of the build', () => {
    expect(handbookBuildCommand({ ...base, questionUrl: template })).toEqual({
      args: ['/ext/dist/cli.js', 'build', 'toolbox', '--out', '/ws/dist/handbook', '--no-search', '--question-url', template],
    });
    expect(handbookBuildCommand({ ...base, search: true, questionUrl: `  ${template}\n` })).toEqual({
      args: ['/ext/dist/cli.js', 'build', 'toolbox', '--out', '/ws/dist/handbook', '--question-url', template],
    });
  });

  it('leaves it out when the setting is empty or missing', () => {
    const args = ['/ext/dist/cli.js', 'build', 'toolbox', '--out', '/ws/dist/handbook', '--no-search'];
    expect(handbookBuildCommand({ ...base, questionUrl: '' })).toEqual({ args });
    expect(handbookBuildCommand({ ...base, questionUrl: '   ' })).toEqual({ args });
    expect(handbookBuildCommand({ ...base, questionUrl: undefined })).toEqual({ args });
  });

  it('starts no build for an address the CLI refuses', () => {
    for (const wrong of ['javascript:alert(1)', 'data:text/html,{instrument}', 'github.com/OWNER/REPO/issues/new', 'https://example.org/a b', 'https://example.org/"><script>']) {
      expect(handbookBuildCommand({ ...base, questionUrl: wrong }), wrong).toEqual({ invalidQuestionUrl: wrong, problem: { kind: 'address' } });
    }
  });

  it('starts no build for a form without {instrument}: its links would carry no instrument', () => {
    const plain = 'https://github.com/OWNER/REPO/issues/new?template=frage.yml';
    expect(handbookBuildCommand({ ...base, questionUrl: plain })).toEqual({ invalidQuestionUrl: plain, problem: { kind: 'placeholder' } });
    expect(handbookBuildCommand({ ...base, questionUrl: `${plain}&instrument=%7Binstrument%7D` })).toEqual({ invalidQuestionUrl: `${plain}&instrument=%7Binstrument%7D`, problem: { kind: 'placeholder', nearMiss: '%7Binstrument%7D' } });
  });
});
