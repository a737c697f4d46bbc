// The clients every bench script compares, defined once so that per-call time, throughput and
// heap measure the same call made the same way. Each variant, given a fetch (or none: then each
// client uses the global fetch its own default way, as most applications do) and a base URL,
// returns one call; the client is built once, outside the call, as an application would.
// (The openai SDK is version 6: version 7 requires Node 22, and the workspace runs on Node 20.)
import { request as octokitRequest } from '@octokit/request';
import { createWivClient, createWivProvider } from '@workflow-clients/wiv';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';
import { createWorkflowClient } from 'workflow-clients';
import { API_KEY, INPUT, WORKFLOW_ID } from './wiv-call.mjs';

/** The fetch option, only when one is given. */
const withFetch = (fetchFn) => (fetchFn ? { fetch: fetchFn } : {});

export const variants = {
  'raw fetch': (fetchFn, baseUrl) => async () => {
    const response = await (fetchFn ?? globalThis.fetch)(`${baseUrl}/workflows/${WORKFLOW_ID}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ payload: INPUT }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    await response.json();
  },
  'bare openapi-fetch': (fetchFn, baseUrl) => {
    const client = createClient({ baseUrl, ...withFetch(fetchFn) });
    return async () => {
      const { error } = await client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: WORKFLOW_ID } },
        body: { payload: INPUT },
        headers: { 'x-api-key': API_KEY },
      });
      if (error) throw new Error('error answer');
    };
  },
  // The floor for a client with our safety: openapi-fetch given a timeout the cheapest way it
  // takes one, a signal per call. It does not time the body, retry, cap or check anything.
  'floor: openapi-fetch + timeout': (fetchFn, baseUrl) => {
    const client = createClient({ baseUrl, ...withFetch(fetchFn) });
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const { error } = await client.POST('/workflows/{workflow_id}/run', {
          params: { path: { workflow_id: WORKFLOW_ID } },
          body: { payload: INPUT },
          headers: { 'x-api-key': API_KEY },
          signal: controller.signal,
        });
        if (error) throw new Error('error answer');
      } finally {
        clearTimeout(timer);
      }
    };
  },
  '@octokit/request': (fetchFn, baseUrl) => {
    const request = octokitRequest.defaults({
      baseUrl,
      headers: { 'x-api-key': API_KEY },
      request: withFetch(fetchFn),
    });
    return () => request('POST /workflows/{workflow_id}/run', { workflow_id: WORKFLOW_ID, payload: INPUT });
  },
  'openai SDK (client.post)': (fetchFn, baseUrl) => {
    const client = new OpenAI({ apiKey: API_KEY, baseURL: baseUrl, ...withFetch(fetchFn) });
    return () => client.post(`/workflows/${WORKFLOW_ID}/run`, { body: { payload: INPUT } });
  },
  'our client (createWivClient)': (fetchFn, baseUrl) => {
    const client = createWivClient({ apiKey: API_KEY, baseUrl, ...withFetch(fetchFn) });
    return () =>
      client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: WORKFLOW_ID } },
        body: { payload: INPUT },
      });
  },
  'ours (createWivProvider().run)': (fetchFn, baseUrl) => {
    const provider = createWivProvider({ apiKey: API_KEY, baseUrl, ...withFetch(fetchFn) });
    return () => provider.run(WORKFLOW_ID, INPUT);
  },
  'facade provider (createWorkflowClient)': (fetchFn, baseUrl) => {
    const provider = createWorkflowClient({ vendor: 'wiv', apiKey: API_KEY, baseUrl, ...withFetch(fetchFn) });
    return () => provider.run(WORKFLOW_ID, INPUT);
  },
};

/** What each variant imports, for cold-import.mjs (raw fetch imports nothing). */
export const importedModule = {
  'raw fetch': null,
  'bare openapi-fetch': 'openapi-fetch',
  'floor: openapi-fetch + timeout': 'openapi-fetch',
  '@octokit/request': '@octokit/request',
  'openai SDK (client.post)': 'openai',
  'our client (createWivClient)': '@workflow-clients/wiv',
  'ours (createWivProvider().run)': '@workflow-clients/wiv',
  'facade provider (createWorkflowClient)': 'workflow-clients',
};

/** Every script reports ratios to this one. */
export const BASELINE = 'bare openapi-fetch';
