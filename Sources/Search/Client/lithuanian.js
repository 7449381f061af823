// Snowball 3.1's Lithuanian stemmer: the twin of Sources/Search/LithuanianStemmer.swift (same
// tables, same steps), so a query word stems as the index's words did, even a form that occurs
// nowhere in the corpus. scripts/check-stemmer proves both against PyPI's snowballstemmer.
// The served client is this file followed by paieska.js (SearchIndex.client); plain ES2017.

const table = (words) => {
  const set = new Set(words.split(' '));
  let longest = 0;
  set.forEach((w) => { longest = Math.max(longest, Array.from(w).length); });
  return { set, longest };
};

// Snowball's lithuanian.sbl: endings removed once in R1 (step1), suffixes removed while one
// ends the word in R1 (step2), and endings rewritten first anywhere (fix_conflicts).
const STEP1 = table('a ia osna iosna uosna iuosna ysna ėsna e ie enie oje ioje uje iuje yje enyje ėje ame iame sime ome '
  + 'ėme tumėme ose iose uose iuose yse enyse ėse ate iate ite kite site ote tute ėte tumėte i ai iai ei tumei ki imi '
  + 'umi iumi si asi iasi esi iesi siesi isi aisi eisi tumeisi uisi osi ėjosi uosi iuosi siuosi usi ausi čiausi ąsi '
  + 'ėsi ųsi tųsi ti enti inti oti ioti uoti iuoti auti iauti yti ėti telėti inėti terėti ui iui eniui oj ėj k am iam '
  + 'iem im sim om tum ėm tumėm an on ion un iun ėn o io enio ėjo uo s as ias es ies is ais iais tumeis imis enimis '
  + 'omis iomis umis ėmis enis asis ysis ams iams iems ims enims oms ioms ums ėms ens os ios uos iuos us aus iaus ius '
  + 'ys enys ąs iąs ės amės iamės imės kimės simės omės ėmės tumėmės atės iatės sitės otės ėtės tumėtės įs ūs tųs at '
  + 'iat it sit ot ėt tumėt u au iau čiau iu eniu siu y ą ią ė ę į enį ų ių');
const STEP2 = table('ing aj iaj iej oj ioj uoj iuoj auj ąj iąj ėj ųj iųj ok iok iuk uliuk učiuk išk iul yl ėl am dam '
  + 'jam zgan ain esn op iop ias ies ais iais os ios uos iuos aus iaus ąs iąs ęs utėait ant iant siant int ot uot iuot '
  + 'yt ėt ykšt iau dav sv šv ykšč ę ėję');
const CONFLICTS = new Map([['ojime', 'ojimas'], ['ėjime', 'ėjimas'], ['avime', 'avimas'], ['okate', 'okatė'],
  ['aite', 'aitė'], ['uote', 'uotė'], ['asius', 'asys'], ['okatės', 'okatė'], ['aitės', 'aitė'], ['uotės', 'uotė'],
  ['esiu', 'esys']]);
const CONFLICT = { set: CONFLICTS, longest: 6 };
const VOWELS = new Set(Array.from('aeiouyąėęįūų'));

/** Length of the longest suffix of `s` (an array of code points) in `t` starting at `from` or later, else 0. */
function longest(s, from, t) {
  for (let n = Math.min(t.longest, s.length - from); n > 0; n--) {
    if (t.set.has(s.slice(s.length - n).join(''))) return n;
  }
  return 0;
}

/** Start of R1: after the first non-vowel that follows a vowel (a leading `a` of a word longer than 6 skipped). */
function region(s) {
  let i = s[0] === 'a' && s.length > 6 ? 1 : 0;
  while (i < s.length && !VOWELS.has(s[i])) i++;
  if (i === s.length) return s.length;
  i++;
  while (i < s.length && VOWELS.has(s[i])) i++;
  return i < s.length ? i + 1 : s.length;
}

/** `č` → `t`, `dž` → `d` at the end. */
function fixChDz(s) {
  if (s[s.length - 1] === 'č') s[s.length - 1] = 't';
  else if (s[s.length - 1] === 'ž' && s[s.length - 2] === 'd') s.pop();
}

/** The stem of one lowercase NFC word (code points, as Snowball counts them). */
export function stem(word) {
  let s = Array.from(word);
  const p1 = region(s);
  let n = longest(s, 0, CONFLICT);
  if (n) s = s.slice(0, s.length - n).concat(Array.from(CONFLICTS.get(s.slice(s.length - n).join(''))));
  if (s.length >= p1) s.length -= longest(s, p1, STEP1);
  fixChDz(s);
  while (s.length >= p1 && (n = longest(s, p1, STEP2))) s.length -= n;
  fixChDz(s);
  if (s[s.length - 1] === 'd' && s[s.length - 2] === 'g') s.pop();
  if (s[s.length - 1] === "'") s.pop();
  return s.join('');
}
