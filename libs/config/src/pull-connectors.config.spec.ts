import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('pull connectors configuration', () => {
  it('schedules no poller when nothing is configured', () => {
    expect(loadConfig(base).pullConnectors).toEqual({
      timeoutSeconds: 20,
      twitter: null,
      reddit: null,
      googleReviews: null,
      rss: null,
    });
  });

  it('reads every source with its base URL, credentials and rhythm', () => {
    const config = loadConfig({
      ...base,
      X_BEARER_TOKEN: 'AAAA-bearer',
      X_SEARCH_QUERY: '"Auscult General" -is:retweet',
      X_API_BASE_URL: 'http://127.0.0.1:9001',
      REDDIT_SEARCH_QUERY: 'auscult hospital',
      REDDIT_SUBREDDIT: 'nhs',
      GOOGLE_BUSINESS_ACCESS_TOKEN: 'ya29.token',
      GOOGLE_BUSINESS_LOCATIONS: 'accounts/1/locations/2, accounts/1/locations/3',
      RSS_FEEDS: 'https://news.example.org/rss.xml,https://blog.example.org/atom.xml',
      RSS_POLL_SECONDS: '600',
    }).pullConnectors;
    expect(config.twitter).toEqual({
      baseUrl: 'http://127.0.0.1:9001',
      bearerToken: 'AAAA-bearer',
      query: '"Auscult General" -is:retweet',
      intervalSeconds: 300,
    });
    expect(config.reddit).toMatchObject({
      baseUrl: 'https://www.reddit.com',
      subreddit: 'nhs',
      accessToken: null,
    });
    expect(config.googleReviews?.locations).toEqual(['accounts/1/locations/2', 'accounts/1/locations/3']);
    expect(config.rss).toEqual({
      feeds: ['https://news.example.org/rss.xml', 'https://blog.example.org/atom.xml'],
      source: 'news',
      intervalSeconds: 600,
    });
  });

  it.each([
    [{ X_BEARER_TOKEN: 't' }, 'X_SEARCH_QUERY: is required with X_BEARER_TOKEN'],
    [
      { GOOGLE_BUSINESS_LOCATIONS: 'accounts/1/locations/2' },
      'GOOGLE_BUSINESS_ACCESS_TOKEN: is required with',
    ],
    [
      { GOOGLE_BUSINESS_ACCESS_TOKEN: 't', GOOGLE_BUSINESS_LOCATIONS: 'locations/2' },
      'GOOGLE_BUSINESS_LOCATIONS: each entry must be accounts/',
    ],
    [{ RSS_FEEDS: 'ftp://x.org/feed' }, 'RSS_FEEDS: each entry must be an http(s) feed URL'],
    [{ X_POLL_SECONDS: '1' }, 'X_POLL_SECONDS'],
  ])('refuses half or bad configuration %j, naming the variable', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  it('never shows a token in a configuration error', () => {
    expect(() => loadConfig({ ...base, X_BEARER_TOKEN: 'secret-bearer', X_SEARCH_QUERY: '' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-bearer') }),
    );
  });
});
