import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './suggest.ts';

describe('closest', () => {
  it('finds typos', () => {
    expect(closest('bash_comand', ['env', 'bash_command', 'cwd'])).toBe('bash_command');
    expect(closest('BashOperater', ['BashOperator', 'PythonOperator'])).toBe('BashOperator');
    expect(closest('bashoperator', ['BashOperator'])).toBe('BashOperator');
  });

  it('stays quiet when nothing is close', () => {
    expect(closest('xyz', ['bash_command'])).toBeNull();
    expect(closest('MagicOperator', ['BashOperator', 'EmptyOperator'])).toBeNull();
    expect(didYouMean('q', [])).toBe('');
  });
});
