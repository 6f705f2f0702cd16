import { describe, expect, it } from 'vitest';
import { parseWrk, runWrk } from './wrk';

// Real `wrk --latency` output (Debian wrk 4.1), one for a page served by next start.
const NEXT = `Running 3s test @ http://127.0.0.1:3999/ar
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    28.75ms   15.06ms 130.43ms   85.41%
    Req/Sec     0.90k   397.17     1.64k    66.67%
  Latency Distribution
     50%   21.87ms
     75%   36.26ms
     90%   47.94ms
     99%   74.21ms
  5365 requests in 3.01s, 28.55MB read
Requests/sec:   1783.79
Transfer/sec:      9.49MB
`;

const FAST_WITH_ERRORS = `Running 10s test @ http://127.0.0.1:4000/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.40ms  310.00us   9.00ms   90.00%
  Latency Distribution
     50%  812.00us
     75%    1.10ms
     90%    1.90ms
     99%    1.02s
  340123 requests in 10.00s, 2.01GB read
  Socket errors: connect 0, read 3, write 0, timeout 2
  Non-2xx or 3xx responses: 17
Requests/sec:  34012.30
Transfer/sec:    205.00MB
`;

describe('parseWrk', () => {
  it.each([
    ['next start', NEXT, { requestsPerSecond: 1783.79, p50Ms: 21.87, p99Ms: 74.21, requests: 5365, non2xx3xx: 0, socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 } }],
    [
      'microseconds, seconds, errors',
      FAST_WITH_ERRORS,
      { requestsPerSecond: 34012.3, p50Ms: 0.812, p99Ms: 1020, requests: 340123, non2xx3xx: 17, socketErrors: { connect: 0, read: 3, write: 0, timeout: 2 } },
    ],
  ])('reads %s', (_name, output, expected) => {
    const result = parseWrk(output);
    expect(result.requestsPerSecond).toBeCloseTo(expected.requestsPerSecond, 5);
    expect(result.p50Ms).toBeCloseTo(expected.p50Ms, 5);
    expect(result.p99Ms).toBeCloseTo(expected.p99Ms, 5);
    expect(result).toMatchObject({ requests: expected.requests, non2xx3xx: expected.non2xx3xx, socketErrors: expected.socketErrors });
  });

  it('refuses output without a latency distribution (wrk run without --latency)', () => {
    const without = NEXT.replace(/ {2}Latency Distribution[\s\S]*?99%.*\n/, '');
    expect(() => parseWrk(without)).toThrow(/not wrk output/);
  });

  it('refuses output that is not wrk’s', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/not wrk output/);
  });

  it('refuses to load anything but loopback', async () => {
    await expect(runWrk('http://example.org/', { seconds: 1, connections: 1 })).rejects.toThrow(/loopback only|not installed/);
  });
});
