import { describe, expect, test } from 'vitest';
import { inputShape, shapeOf } from './model';
import { coerceShorthand, ShorthandParseError, ShorthandParser } from './shorthand';
import { MemoryFs } from './virtualFs';

// Expected values: awscli 1.45.11 `awscli.shorthand.ShorthandParser().parse(text)` run on the same
// inputs (python3 -c "from awscli.shorthand import ShorthandParser; print(ShorthandParser().parse(s))").
const GOLDEN: [string, unknown][] = [
  ['Department=IT,Project=Alpha', { Department: 'IT', Project: 'Alpha' }],
  ['TagKey=Purpose,TagValue=Test', { TagKey: 'Purpose', TagValue: 'Test' }],
  ['a=b,c,d=e', { a: ['b', 'c'], d: 'e' }],
  ['foo=[a,b],bar={x=y,z=w}', { foo: ['a', 'b'], bar: { x: 'y', z: 'w' } }],
  [`k='a,b',j="q=1"`, { k: 'a,b', j: 'q=1' }],
  ['k=a\\,b', { k: 'a,b' }],
  ['k= spaced value ,j=2', { k: 'spaced value', j: '2' }],
  ['a=b,,c=d', { a: 'b', c: 'd' }],
  ['key:with:colons=arn:aws:s3:::bucket/key', { 'key:with:colons': 'arn:aws:s3:::bucket/key' }],
  ['k=', { k: '' }],
  ['k=[]', { k: [] }],
  ['x=日本語,y=テスト', { x: '日本語', y: 'テスト' }],
];

describe('ShorthandParser matches awscli/shorthand.py', () => {
  for (const [input, expected] of GOLDEN) {
    test(input, () => expect(new ShorthandParser().parse(input)).toEqual(expected));
  }

  test('a key without "=" fails with the caret under the end of input', () => {
    expect(() => new ShorthandParser().parse('Department')).toThrow(
      new ShorthandParseError("Expected: '=', received: 'EOF' for input:\nDepartment\n          ^"),
    );
  });

  test('a repeated key points at the second one and explains the usual cause', () => {
    expect(() => new ShorthandParser().parse('a=b,a=c')).toThrow(
      'Second instance of key "a" encountered for input:\na=b,a=c\n    ^\n' +
        'This is often because there is a preceding "," instead of a space.',
    );
  });

  test('key@=file:// loads the value from the virtual directory', () => {
    const fs = new MemoryFs({ 'dept.txt': 'Finance' });
    expect(new ShorthandParser(fs).parse('Department@=file://dept.txt')).toEqual({ Department: 'Finance' });
  });
});

describe('BackCompatVisitor coercion follows the model', () => {
  test('a lone value becomes a one-item list where the model has a list', () => {
    const constraints = shapeOf(inputShape('CreateGrant').members?.Constraints?.shape as string);
    const parsed = coerceShorthand(
      new ShorthandParser().parse('EncryptionContextSubset={Department=IT}'),
      constraints,
    );
    expect(parsed).toEqual({ EncryptionContextSubset: { Department: 'IT' } });
  });
  test('integers and booleans in structures are converted', () => {
    const shape = shapeOf('CreateKeyRequest');
    const value = coerceShorthand(
      { MultiRegion: 'true', Description: 'x', BypassPolicyLockoutSafetyCheck: 'False' },
      shape,
    );
    expect(value).toEqual({ MultiRegion: true, Description: 'x', BypassPolicyLockoutSafetyCheck: false });
  });
});
