console.log('ingest: not implemented yet');
