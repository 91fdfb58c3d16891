#!/usr/bin/env node
console.log("statewright");
