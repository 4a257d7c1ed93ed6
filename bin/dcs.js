#!/usr/bin/env node
// Node 22 and later keep the compiled code between runs (Node 20 has no such cache: nothing happens).
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/bundle/main.js');
