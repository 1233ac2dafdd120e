import { describe, expect, it } from 'vitest';
import { foldText, processToken, terms, tokenize } from '../../../src/core/knowledge/terms.js';

describe('term processing', () => {
  it('keeps a curly apostrophe inside the word and drops the contraction as a stop word', () => {
    expect(tokenize('You’ll find')).toEqual(['youll', 'find']);
    expect(terms('You’ll find that licensing models differ')).toEqual(['find', 'licens', 'model', 'differ']);
  });

  it('drops every contracted form, straight or curly, as natural drops the full ones', () => {
    const contracted = "they're they’ve we've it'll wouldn't couldn't hasn't didn't wasn't should've ain't gonna kinda";
    expect(terms(contracted)).toEqual([]);
    expect(terms("if they're on the same host")).toEqual(['host']);
    // Words that only look contracted stay words.
    expect(terms('shell hell wedding')).toEqual(['shell', 'hell', 'wed']);
  });

  it('drops "I\'d" whole, so an identifier\'s "ID" stays a term', () => {
    expect(terms("I'd like the container IDs")).toEqual(['contain', 'id']);
    expect(terms('I’d say the ID is wrong')).toEqual(['sai', 'id', 'wrong']);
    expect(terms('not enough IDs available')).toEqual(['enough', 'id', 'avail']);
  });

  it('drops how often something happens and the forms of "go", as it drops "often"', () => {
    expect(terms('what usually goes wrong')).toEqual(['wrong']);
    expect(terms('containers typically start faster')).toEqual(terms('containers start faster'));
    // Not "go" itself, a language the docs name ("runtime-go").
    expect(terms('runtime go')).toEqual(['runtim', 'go']);
  });

  it('stems a manager as a manager, not as managing', () => {
    expect(terms('a password manager')).toEqual(['password', 'manager']);
    expect(terms('managers')).toEqual(['manager']);
    expect(terms('simpler to manage')).toEqual(['simpler', 'manag']);
  });

  it('keeps a name hyphenated to one letter as one word, as file names write it', () => {
    expect(terms('run it under CRI-O')).toEqual(['run', 'crio']);
    expect(terms('Hyper-V, VT-x and D-Bus')).toEqual(['hyperv', 'vtx', 'dbu']);
    expect(terms('CRI-O')).toEqual(terms('crio'));
    // Flags and longer compounds stay apart.
    expect(tokenize('podman run -v /src:/dst -it')).toEqual(['podman', 'run', 'v', 'src', 'dst', 'it']);
    expect(tokenize('x-aws-sigv4 cpu-quota')).toEqual(['x', 'aws', 'sigv4', 'cpu', 'quota']);
  });

  it('drops the "-wise" of an aspect ("security-wise")', () => {
    expect(terms('what is kata protecting against, security-wise?')).toEqual(['kata', 'protect', 'against', 'secur']);
  });

  it('drops an intensifier ("what even is firecracker"), which says how something is asked, not what', () => {
    expect(terms('what even is firecracker')).toEqual(terms('what is firecracker'));
  });

  it('drops a concession ("though"), which says how something is asked, not what', () => {
    expect(terms('how do you chown the directory back to the host user though?')).toEqual(terms('how do you chown the directory back to the host user?'));
    expect(terms('tho it works')).toEqual(['work']);
  });

  it('drops where as a preposition says it ("underneath", "beneath", "atop"), as natural drops "under" and "below"', () => {
    expect(terms('can kata use firecracker underneath')).toEqual(terms('can kata use firecracker'));
    expect(terms('a vm beneath the containers, or containers atop bare metal')).toEqual(terms('a vm the containers, or containers bare metal'));
  });

  it('splits words joined by an em dash with no spaces', () => {
    expect(tokenize('swirling waters—migration from VMs')).toEqual(['swirling', 'waters', 'migration', 'from', 'vms']);
    expect(terms('waters—migration')).toEqual(['water', 'migrat']);
  });

  it('stems with Porter so inflections meet', () => {
    expect(terms('containers')).toEqual(terms('container'));
    expect(terms('licenses licensing')).toEqual(['licens', 'licens']);
    expect(terms('VMs')).toEqual(terms('vm'));
  });

  it('drops English stop words and question words', () => {
    expect(terms('What is the difference between them?')).toEqual(['differ']);
  });

  it('folds curly quotes, dashes and non-breaking spaces', () => {
    expect(foldText('“a” ‘b’ c\u00A0d–e')).toBe('"a" \'b\' c d e');
  });

  it('keeps non-English words and indexes CJK text as bigrams', () => {
    expect(terms('Größe')).toEqual(['größe']);
    expect(terms('内核共享')).toEqual(['内核', '核共', '共享']);
  });

  it('caches stems: the same token always yields the same term', () => {
    const first = processToken('virtualization');
    expect(processToken('virtualization')).toBe(first);
    expect(processToken('the')).toBeNull();
  });
});
